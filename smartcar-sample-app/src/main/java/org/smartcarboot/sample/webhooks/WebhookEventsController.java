package org.smartcarboot.sample.webhooks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page listing the last webhook events the app received.
 */
@Controller
public class WebhookEventsController {

	private final ReceivedEvents events;

	private final boolean enabled;

	private final String path;

	/**
	 * Creates the controller.
	 * @param events the events received
	 * @param enabled whether the app receives webhooks
	 * @param path the path of the webhook endpoint
	 */
	public WebhookEventsController(ReceivedEvents events, @Value("${smartcar.webhooks.enabled:false}") boolean enabled,
			@Value("${smartcar.webhooks.path:/smartcar/webhooks}") String path) {
		this.events = events;
		this.enabled = enabled;
		this.path = path;
	}

	/**
	 * Shows the events, newest first.
	 * @param model the view model
	 * @return the view name
	 */
	@GetMapping("/webhook-events")
	public String events(Model model) {
		model.addAttribute("events", this.events.latest());
		model.addAttribute("webhooksEnabled", this.enabled);
		model.addAttribute("webhookPath", this.path);
		return "webhook-events";
	}

}
