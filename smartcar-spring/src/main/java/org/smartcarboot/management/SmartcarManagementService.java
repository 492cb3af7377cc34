package org.smartcarboot.management;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.QueryTemplate;
import org.smartcarboot.api.SmartcarExchange;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.error.SmartcarException;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Smartcar's management API, authenticated with the application management token: the
 * connections of the application (listed by user, by vehicle or all, page by page, and
 * deleted by user or by vehicle), and the removal of a vehicle's webhook subscription.
 * Every parameter is checked before anything is sent; the token never appears in an
 * exception message.
 * <p>
 * Every method throws {@link SmartcarException} when Smartcar answers with an error or
 * with a response that cannot be read.
 */
public class SmartcarManagementService {

	/**
	 * Most connections Smartcar returns in one page.
	 */
	public static final int MAX_PAGE_SIZE = 100;

	private static final String CONNECTIONS = "/v2.0/management/connections";

	private final SmartcarExchange management;

	private final SmartcarExchange api;

	SmartcarManagementService(SmartcarExchange management, SmartcarExchange api) {
		this.management = management;
		this.api = api;
	}

	/**
	 * Starts building a service, for applications that wire it themselves rather than
	 * through the Spring Boot starter.
	 * @param managementToken the application management token, from the Smartcar
	 * dashboard
	 * @return the builder
	 * @throws IllegalArgumentException when the token is blank
	 */
	public static SmartcarManagementServiceBuilder builder(String managementToken) {
		return new SmartcarManagementServiceBuilder(managementToken);
	}

	/**
	 * Returns one page of the application's connections
	 * ({@code GET /v2.0/management/connections}), newest first.
	 * @param filter whose connections: all, a user's or a vehicle's
	 * @param limit how many connections to return, 1 to {@value #MAX_PAGE_SIZE}
	 * @param cursor the cursor of the page, from {@link ConnectionPage#nextCursor()}, or
	 * {@code null} for the first page
	 * @return the page
	 * @throws IllegalArgumentException when the limit is out of range or the cursor is
	 * blank
	 */
	public SmartcarResponse<ConnectionPage> connections(ConnectionFilter filter, int limit, @Nullable String cursor) {
		Assert.notNull(filter, "filter must not be null");
		Assert.isTrue(limit >= 1 && limit <= MAX_PAGE_SIZE,
				() -> "limit must be between 1 and " + MAX_PAGE_SIZE + ", was " + limit);
		Assert.isTrue(cursor == null || StringUtils.hasText(cursor), "cursor must not be blank");
		QueryTemplate query = filtered(filter).param("limit", limit).param("cursor", cursor);
		return this.management.send(this.management.request(HttpMethod.GET, query.template(), query.values()),
				ConnectionPage.class);
	}

	/**
	 * Returns every connection the filter matches, reading all pages.
	 * @param filter whose connections: all, a user's or a vehicle's
	 * @return the connections, newest first
	 */
	public List<Connection> connections(ConnectionFilter filter) {
		List<Connection> connections = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String cursor = null;
		ConnectionPage page;
		do {
			page = connections(filter, MAX_PAGE_SIZE, cursor).value();
			connections.addAll(page.connections());
			cursor = page.nextCursor();
		}
		while (cursor != null && !page.connections().isEmpty() && cursors.add(cursor));
		return connections;
	}

	/**
	 * Deletes the connections of one user or of one vehicle
	 * ({@code DELETE /v2.0/management/connections}): the application loses access to
	 * those vehicles.
	 * @param filter a user's or a vehicle's connections
	 * @return the deleted connections
	 * @throws IllegalArgumentException when the filter names neither a user nor a vehicle
	 */
	public SmartcarResponse<DeletedConnections> deleteConnections(ConnectionFilter filter) {
		Assert.notNull(filter, "filter must not be null");
		Assert.isTrue(filter.userId() != null || filter.vehicleId() != null,
				"deleting connections needs a user or a vehicle; all connections cannot be deleted at once");
		QueryTemplate query = filtered(filter);
		return this.management.send(this.management.request(HttpMethod.DELETE, query.template(), query.values()),
				DeletedConnections.class);
	}

	/**
	 * Removes a vehicle's subscription to a webhook ({@code DELETE
	 * /v2.0/vehicles/{vehicleId}/webhooks/{webhookId}} on the API host, with the
	 * management token as bearer token).
	 * @param vehicleId the Smartcar vehicle id
	 * @param webhookId the webhook id, from the Smartcar dashboard
	 * @return Smartcar's answer
	 * @throws IllegalArgumentException when an id is blank
	 */
	public SmartcarResponse<WebhookUnsubscription> unsubscribe(String vehicleId, String webhookId) {
		Assert.hasText(vehicleId, "vehicleId must not be empty");
		Assert.hasText(webhookId, "webhookId must not be empty");
		return this.api.send(this.api.request(HttpMethod.DELETE, "/v2.0/vehicles/{vehicleId}/webhooks/{webhookId}",
				vehicleId, webhookId), WebhookUnsubscription.class);
	}

	private static QueryTemplate filtered(ConnectionFilter filter) {
		return QueryTemplate.path(CONNECTIONS)
			.param("user_id", filter.userId())
			.param("vehicle_id", filter.vehicleId());
	}

	@Override
	public String toString() {
		return "SmartcarManagementService";
	}

}
