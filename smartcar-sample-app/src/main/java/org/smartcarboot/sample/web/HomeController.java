package org.smartcarboot.sample.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a link to connect a vehicle and, for a signed-in driver, a link to the
 * vehicles page.
 */
@Controller
public class HomeController {

	/**
	 * Shows the home page.
	 * @param driver the signed-in driver, or {@code null}
	 * @param model the view model
	 * @return the view name
	 */
	@GetMapping("/")
	public String home(@AuthenticationPrincipal OAuth2User driver, Model model) {
		model.addAttribute("signedIn", driver != null);
		return "home";
	}

}
