package org.smartcarboot.token;

import java.sql.PreparedStatement;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.connect.SmartcarClientRegistrations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.util.Assert;

/**
 * {@link SmartcarConnectedDrivers} read from the {@code oauth2_authorized_client} table
 * of a {@link JdbcOAuth2AuthorizedClientService}, along its primary key.
 */
public final class JdbcSmartcarConnectedDrivers implements SmartcarConnectedDrivers {

	private static final String FIRST_PAGE = "SELECT principal_name FROM oauth2_authorized_client"
			+ " WHERE client_registration_id = ? ORDER BY principal_name";

	private static final String NEXT_PAGE = "SELECT principal_name FROM oauth2_authorized_client"
			+ " WHERE client_registration_id = ? AND principal_name > ? ORDER BY principal_name";

	private static final String COUNT = "SELECT COUNT(*) FROM oauth2_authorized_client"
			+ " WHERE client_registration_id = ?";

	private final JdbcTemplate jdbcTemplate;

	private final String registrationId;

	/**
	 * Lists the drivers of the {@code smartcar} registration.
	 * @param dataSource the data source of the {@link JdbcOAuth2AuthorizedClientService}
	 */
	public JdbcSmartcarConnectedDrivers(DataSource dataSource) {
		this(dataSource, SmartcarClientRegistrations.REGISTRATION_ID);
	}

	/**
	 * Lists the drivers of the given registration.
	 * @param dataSource the data source of the {@link JdbcOAuth2AuthorizedClientService}
	 * @param registrationId the id of the Smartcar client registration
	 */
	public JdbcSmartcarConnectedDrivers(DataSource dataSource, String registrationId) {
		Assert.notNull(dataSource, "dataSource must not be null");
		Assert.hasText(registrationId, "registrationId must not be empty");
		this.jdbcTemplate = new JdbcTemplate(dataSource);
		this.registrationId = registrationId;
	}

	/**
	 * Counts the drivers with one query.
	 * @return the number of rows of the registration
	 */
	@Override
	public long count() {
		Long count = this.jdbcTemplate.queryForObject(COUNT, Long.class, this.registrationId);
		return (count != null) ? count : 0;
	}

	@Override
	public List<String> principalNames(@Nullable String after, int limit) {
		Assert.isTrue(limit > 0, "limit must be positive");
		// the row limit of JDBC, which every driver supports, rather than LIMIT or FETCH
		// FIRST, which differ between databases
		return this.jdbcTemplate.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement((after != null) ? NEXT_PAGE : FIRST_PAGE);
			statement.setString(1, this.registrationId);
			if (after != null) {
				statement.setString(2, after);
			}
			statement.setMaxRows(limit);
			return statement;
		}, (row, rowNumber) -> row.getString(1));
	}

}
