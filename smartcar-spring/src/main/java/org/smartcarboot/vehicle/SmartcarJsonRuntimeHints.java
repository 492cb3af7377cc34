package org.smartcarboot.vehicle;

import org.smartcarboot.compatibility.Compatibility;
import org.smartcarboot.compatibility.CompatibilityMatrix;
import org.smartcarboot.compatibility.CompatibilityV1;
import org.smartcarboot.management.ConnectionPage;
import org.smartcarboot.management.DeletedConnections;
import org.smartcarboot.management.WebhookUnsubscription;
import org.smartcarboot.v3.Signal;
import org.smartcarboot.v3.SignalPage;
import org.smartcarboot.v3.V3Vehicle;
import org.smartcarboot.webhook.LegacyVehicleDataEvent;
import org.smartcarboot.webhook.LegacyVehicleEvent;
import org.smartcarboot.webhook.VehicleErrorEvent;
import org.smartcarboot.webhook.VehicleStateEvent;
import org.smartcarboot.webhook.WebhookChallengeReply;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Reflection hints for the records Jackson reads from Smartcar's answers and writes for
 * the application, so that they bind in a GraalVM native image: their constructors,
 * record accessors and Jackson creators, and the records they hold, found transitively.
 * Registered in {@code META-INF/spring/aot.factories}, so Spring's AOT processing applies
 * them to any application using the library, with or without Spring Boot. Lives with the
 * vehicle records, the only package-private ones (the batch answer).
 */
class SmartcarJsonRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
				// the vehicle API's answers
				SmartcarUser.class, VehicleIdPage.class, VehicleAttributes.class, Vin.class, Odometer.class,
				Location.class, Fuel.class, Battery.class, BatteryCapacity.class, NominalCapacity.class,
				ChargeStatus.class, ChargeLimit.class, EngineOil.class, TirePressure.class, LockStatus.class,
				DiagnosticSystemStatus.class, DiagnosticTroubleCodes.class, ServiceRecord.class, PermissionPage.class,
				ActionResult.class, WebhookSubscription.class, BatchAnswer.class,
				// the other Smartcar APIs' answers
				Compatibility.class, CompatibilityV1.class, CompatibilityMatrix.class, ConnectionPage.class,
				DeletedConnections.class, WebhookUnsubscription.class, V3Vehicle.class, Signal.class, SignalPage.class,
				// written for the application: the webhook challenge's reply
				WebhookChallengeReply.class,
				// the webhook events published to the application's listeners, which may
				// write
				// them as JSON
				VehicleStateEvent.class, VehicleErrorEvent.class, LegacyVehicleDataEvent.class,
				LegacyVehicleEvent.class);
	}

}
