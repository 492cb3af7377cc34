package org.smartcarboot.token;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The drivers who connected a car: the principal names that have Smartcar tokens in the
 * token store, so that a background job knows whom to act for, page by page.
 *
 * <pre class="code">
 * connectedDrivers.forEach(100, (principalName) -&gt;
 *     vehicles.forUser(principalName).vehicleIds().forEach(...));
 * </pre>
 */
public interface SmartcarConnectedDrivers {

	/**
	 * Returns a page of principal names with stored Smartcar tokens, in ascending order:
	 * the first page for {@code null}, then the page after the last name of the previous
	 * page (keyset paging, so drivers connecting meanwhile shift no page).
	 * @param after the last name of the previous page, or {@code null} for the first page
	 * @param limit most names returned, at least one
	 * @return up to {@code limit} names following {@code after}; fewer than {@code limit}
	 * on the last page
	 * @throws IllegalArgumentException if {@code limit} is not positive
	 */
	List<String> principalNames(@Nullable String after, int limit);

	/**
	 * Returns how many principal names have stored Smartcar tokens. This default reads
	 * them all, a page of a hundred at a time; a store that can count does so.
	 * @return the number of connected drivers
	 */
	default long count() {
		long[] count = { 0 };
		forEach(100, (principalName) -> count[0]++);
		return count[0];
	}

	/**
	 * Passes every principal name with stored Smartcar tokens to the action, in ascending
	 * order, reading them a page at a time.
	 * @param pageSize how many names each query reads, at least one
	 * @param action what to do for each driver
	 * @throws IllegalArgumentException if {@code pageSize} is not positive
	 */
	default void forEach(int pageSize, Consumer<String> action) {
		Assert.isTrue(pageSize > 0, "pageSize must be positive");
		Assert.notNull(action, "action must not be null");
		String after = null;
		List<String> page;
		do {
			page = principalNames(after, pageSize);
			page.forEach(action);
			after = page.isEmpty() ? after : page.get(page.size() - 1);
		}
		while (page.size() == pageSize);
	}

}
