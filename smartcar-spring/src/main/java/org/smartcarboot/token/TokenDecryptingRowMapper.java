package org.smartcarboot.token;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The row mapper of a {@link JdbcOAuth2AuthorizedClientService} that decrypts the access
 * and refresh token values written by a {@link TokenEncryptingParametersMapper}, with the
 * current or an old key of its {@link TokenEncryptor}. Values stored before encryption
 * was turned on are read as they are, so turning it on disconnects no driver; they are
 * encrypted the next time the client is saved, as on its next refresh.
 */
public class TokenDecryptingRowMapper extends JdbcOAuth2AuthorizedClientService.OAuth2AuthorizedClientRowMapper {

	private final TokenEncryptor encryptor;

	/**
	 * Creates a mapper.
	 * @param clientRegistrationRepository the registrations the rows refer to
	 * @param encryptor the encryptor of the token values
	 */
	public TokenDecryptingRowMapper(ClientRegistrationRepository clientRegistrationRepository,
			TokenEncryptor encryptor) {
		super(clientRegistrationRepository);
		this.encryptor = encryptor;
	}

	/**
	 * Maps a row to a client with decrypted token values.
	 * @param rs the result set
	 * @param rowNum the row number
	 * @return the client
	 * @throws SQLException when the row cannot be read
	 * @throws TokenDecryptionException when a token value cannot be decrypted
	 */
	@Override
	public OAuth2AuthorizedClient mapRow(ResultSet rs, int rowNum) throws SQLException {
		return EncryptedTokenValues.decrypt(this.encryptor, super.mapRow(rs, rowNum));
	}

}
