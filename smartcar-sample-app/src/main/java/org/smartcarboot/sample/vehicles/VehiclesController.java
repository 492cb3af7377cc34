package org.smartcarboot.sample.vehicles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vehicles page, and the commands it posts: lock, unlock, start and stop charging.
 */
@Controller
@RequestMapping("/vehicles")
public class VehiclesController {

	private final VehicleCards cards;

	private final VehicleCommands commands;

	/**
	 * Creates the controller.
	 * @param cards reads what the page shows
	 * @param commands sends the commands
	 */
	public VehiclesController(VehicleCards cards, VehicleCommands commands) {
		this.cards = cards;
		this.commands = commands;
	}

	/**
	 * Shows a card per connected car, with a button per command that makes sense for it.
	 * @param model the view model
	 * @return the view name
	 */
	@GetMapping
	public String vehicles(Model model) {
		model.addAttribute("vehicles", this.cards.all());
		return "vehicles";
	}

	/**
	 * Sends a command to a car, then goes back to the vehicles page, which shows the
	 * result.
	 * @param vehicleId the Smartcar vehicle id
	 * @param command {@code lock}, {@code unlock}, {@code start-charge} or
	 * {@code stop-charge}; anything else is a bad request
	 * @param redirect carries the result to the vehicles page
	 * @return the redirect to the vehicles page
	 */
	@PostMapping("/{vehicleId}/{command}")
	public String send(@PathVariable String vehicleId, @PathVariable String command, RedirectAttributes redirect) {
		redirect.addFlashAttribute("result", this.commands.send(vehicleId, VehicleCommand.fromPath(command)));
		return "redirect:/vehicles";
	}

}
