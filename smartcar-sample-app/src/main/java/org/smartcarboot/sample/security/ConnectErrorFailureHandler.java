package org.smartcarboot.sample.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends a driver whose Smartcar Connect login failed to the Connect error page, with the
 * OAuth2 error code, such as {@code access_denied}, as the {@code error} parameter.
 */
public class ConnectErrorFailureHandler implements AuthenticationFailureHandler {

	/**
	 * Path of the Connect error page.
	 */
	public static final String CONNECT_ERROR_PATH = "/connect-error";

	private static final String LOGIN_FAILED = "login_failed";

	private static final Log logger = LogFactory.getLog(ConnectErrorFailureHandler.class);

	private final RedirectStrategy redirectStrategy = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String code = (exception instanceof OAuth2AuthenticationException oauth2) ? oauth2.getError().getErrorCode()
				: LOGIN_FAILED;
		logger.info("Smartcar Connect login failed: " + exception.getMessage());
		this.redirectStrategy.sendRedirect(request, response,
				UriComponentsBuilder.fromPath(CONNECT_ERROR_PATH).queryParam("error", code).encode().toUriString());
	}

}
