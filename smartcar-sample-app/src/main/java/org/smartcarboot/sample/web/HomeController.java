package org.smartcarboot.sample.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a link to connect a vehicle and, for a signed-in driver, a link to the
 * vehicles page. It also says why a driver landed on it: {@code ?signin} after asking for
 * a page that needs a signed-in driver, {@code ?logout} after logging out.
 */
@Controller
public class HomeController {

	/**
	 * Shows the home page.
	 * @return the view name
	 */
	@GetMapping("/")
	public String home() {
		return "home";
	}

}
