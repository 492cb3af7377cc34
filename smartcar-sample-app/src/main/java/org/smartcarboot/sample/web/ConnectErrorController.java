package org.smartcarboot.sample.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a failed or declined Smartcar Connect ends on. It explains known error codes
 * and never shows the raw parameter.
 */
@Controller
public class ConnectErrorController {

	/**
	 * Shows the Connect error page.
	 * @param code the OAuth2 error code, such as {@code access_denied}, or {@code null}
	 * @param model the view model
	 * @return the view name
	 */
	@GetMapping("/connect-error")
	public String connectError(@RequestParam(name = "error", required = false) String code, Model model) {
		model.addAttribute("connectError", ConnectError.fromCode(code));
		return "connect-error";
	}

}
