package org.smartcarboot.webhook;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The webhook endpoint as a Spring MVC functional endpoint: reads the raw request body
 * itself, never more than the size limit, and hands it with the
 * {@value WebhookSignatures#SIGNATURE_HEADER} header to a
 * {@link SmartcarWebhookReceiver}. A body over the limit, by its {@code Content-Length}
 * or while it is read, is refused with {@code 413} before anything else.
 *
 * <pre class="code">
 * &#64;Bean
 * RouterFunction&lt;ServerResponse&gt; smartcarWebhooks(SmartcarWebhookReceiver receiver) {
 *     return new SmartcarWebhookHandler(receiver, SmartcarWebhookHandler.DEFAULT_MAX_BODY_SIZE).route("/smartcar/webhooks");
 * }
 * </pre>
 */
public final class SmartcarWebhookHandler implements HandlerFunction<ServerResponse> {

	/**
	 * Largest body accepted unless another limit is given: 1 MiB.
	 */
	public static final int DEFAULT_MAX_BODY_SIZE = 1024 * 1024;

	private static final Log logger = LogFactory.getLog(SmartcarWebhookHandler.class);

	private final SmartcarWebhookReceiver receiver;

	private final int maxBodySize;

	/**
	 * Creates the endpoint.
	 * @param receiver the receiver of the deliveries
	 * @param maxBodySize the largest body accepted, in bytes
	 */
	public SmartcarWebhookHandler(SmartcarWebhookReceiver receiver, int maxBodySize) {
		Assert.notNull(receiver, "receiver must not be null");
		Assert.isTrue(maxBodySize > 0 && maxBodySize < Integer.MAX_VALUE, "maxBodySize must be positive");
		this.receiver = receiver;
		this.maxBodySize = maxBodySize;
	}

	/**
	 * Routes {@code POST} requests of a path to this endpoint.
	 * @param path the path, such as {@code /smartcar/webhooks}
	 * @return the route, to declare as a bean
	 */
	public RouterFunction<ServerResponse> route(String path) {
		Assert.isTrue(path != null && path.startsWith("/"), "path must start with '/'");
		return RouterFunctions.route(RequestPredicates.POST(path), this);
	}

	@Override
	public ServerResponse handle(ServerRequest request) throws IOException {
		HttpServletRequest servletRequest = request.servletRequest();
		long declaredLength = servletRequest.getContentLengthLong();
		if (declaredLength > this.maxBodySize) {
			return tooLarge(declaredLength + " bytes declared");
		}
		byte[] body;
		try (InputStream input = servletRequest.getInputStream()) {
			body = input.readNBytes(this.maxBodySize + 1);
		}
		if (body.length > this.maxBodySize) {
			return tooLarge("more bytes sent");
		}
		WebhookReply reply = this.receiver.receive(body,
				request.headers().firstHeader(WebhookSignatures.SIGNATURE_HEADER));
		if (reply.challengeReply() != null) {
			return ServerResponse.status(reply.status())
				.contentType(MediaType.APPLICATION_JSON)
				.body(reply.challengeReply());
		}
		return ServerResponse.status(reply.status()).build();
	}

	private ServerResponse tooLarge(String size) {
		logger.warn("Refused a Smartcar webhook request over the size limit of " + this.maxBodySize + " bytes (" + size
				+ ")");
		return ServerResponse.status(HttpStatus.CONTENT_TOO_LARGE).build();
	}

}
