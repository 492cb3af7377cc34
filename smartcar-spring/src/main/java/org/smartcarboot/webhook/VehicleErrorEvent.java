package org.smartcarboot.webhook;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A {@code VEHICLE_ERROR} event: Smartcar could not read some signals of a vehicle, or an
 * earlier error is resolved (its {@link VehicleError#state() state} is
 * {@value #RESOLVED}).
 *
 * @param eventId the event id, the same in every redelivery
 * @param vehicle the vehicle
 * @param userId the id of the Smartcar user who connected the vehicle, or {@code null}
 * when not sent
 * @param errors the errors, new or resolved
 * @param meta the delivery's metadata
 */
public record VehicleErrorEvent(String eventId, WebhookVehicle vehicle, @Nullable String userId,
		List<VehicleError> errors, WebhookMeta meta) implements SmartcarWebhookEvent {

	/**
	 * The state of an error that is over.
	 */
	public static final String RESOLVED = "RESOLVED";

	/**
	 * Creates the event, copying the list.
	 */
	public VehicleErrorEvent {
		errors = List.copyOf(errors);
	}

	@Override
	public @Nullable String webhookId() {
		return this.meta.webhookId();
	}

	@Override
	public List<String> vehicleIds() {
		return List.of(this.vehicle.id());
	}

	/**
	 * One error, as Smartcar reports it.
	 *
	 * @param type the error type, such as {@code VEHICLE_STATE}, {@code COMPATIBILITY},
	 * {@code PERMISSION} or {@code CONNECTED_SERVICES_ACCOUNT}, or {@code null}
	 * @param code the error code, such as {@code UNREACHABLE}, or {@code null}
	 * @param state {@code ERROR} while the error lasts,
	 * {@value VehicleErrorEvent#RESOLVED} once it is over, or {@code null}
	 * @param description Smartcar's description, for logs, or {@code null}
	 * @param suggestedUserMessage a message to show the driver, or {@code null}
	 * @param docUrl Smartcar's documentation of the error, or {@code null}
	 * @param resolutionType what resolves it, such as {@code RETRY_LATER} or
	 * {@code REAUTHENTICATE}, or {@code null}
	 * @param signalCodes the codes of the signals the error affects
	 */
	public record VehicleError(@Nullable String type, @Nullable String code, @Nullable String state,
			@Nullable String description, @Nullable String suggestedUserMessage, @Nullable String docUrl,
			@Nullable String resolutionType, List<String> signalCodes) {

		/**
		 * Creates the error, copying the list.
		 */
		public VehicleError {
			signalCodes = List.copyOf(signalCodes);
		}

		/**
		 * Tells whether the error is over.
		 * @return whether the state is {@value VehicleErrorEvent#RESOLVED}
		 */
		public boolean isResolved() {
			return RESOLVED.equals(this.state);
		}

	}

}
