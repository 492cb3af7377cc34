package org.smartcarboot.token;

import java.util.List;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService.OAuth2AuthorizedClientHolder;

/**
 * The parameters mapper of a {@link JdbcOAuth2AuthorizedClientService} that stores the
 * access and refresh token values encrypted by a {@link TokenEncryptor}, always with its
 * current key; pair it with a {@link TokenDecryptingRowMapper} on the same encryptor.
 *
 * <pre class="code">
 * TokenEncryptor encryptor = new TokenEncryptor(base64Key, List.of());
 * store.setAuthorizedClientParametersMapper(new TokenEncryptingParametersMapper(encryptor));
 * store.setAuthorizedClientRowMapper(new TokenDecryptingRowMapper(registrations, encryptor));
 * </pre>
 */
public class TokenEncryptingParametersMapper
		extends JdbcOAuth2AuthorizedClientService.OAuth2AuthorizedClientParametersMapper {

	private final TokenEncryptor encryptor;

	/**
	 * Creates a mapper.
	 * @param encryptor the encryptor of the token values
	 */
	public TokenEncryptingParametersMapper(TokenEncryptor encryptor) {
		this.encryptor = encryptor;
	}

	/**
	 * Maps the client to the parameters of Spring Security's statements, with the token
	 * values encrypted.
	 * @param holder the client and its principal
	 * @return the statement parameters
	 */
	@Override
	public List<SqlParameterValue> apply(OAuth2AuthorizedClientHolder holder) {
		return super.apply(new OAuth2AuthorizedClientHolder(EncryptedTokenValues.encrypt(this.encryptor,
				holder.getAuthorizedClient(), holder.getPrincipal().getName()), holder.getPrincipal()));
	}

}
