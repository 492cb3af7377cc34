package org.smartcarboot.token;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.client.web.client.RequestAttributePrincipalResolver;
import org.springframework.security.oauth2.client.web.client.SecurityContextHolderPrincipalResolver;

/**
 * Resolves whose tokens a Smartcar request uses: the principal named in the request's
 * attributes, which lets background jobs act for a stored user, else the signed-in user.
 */
public class SmartcarPrincipalResolver implements OAuth2ClientHttpRequestInterceptor.PrincipalResolver {

	private final RequestAttributePrincipalResolver requestAttribute = new RequestAttributePrincipalResolver();

	private final SecurityContextHolderPrincipalResolver securityContext = new SecurityContextHolderPrincipalResolver();

	@Override
	public @Nullable Authentication resolve(HttpRequest request) {
		Authentication principal = this.requestAttribute.resolve(request);
		return (principal != null) ? principal : this.securityContext.resolve(request);
	}

}
