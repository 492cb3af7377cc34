package org.smartcarboot.token;

import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.smartcarboot.error.SmartcarException;

/**
 * Passes each event to several listeners; one that throws is logged, by its class and the
 * exception's class only, and the others still hear the event.
 */
final class CompositeTokenListener implements SmartcarTokenListener {

	private static final Log logger = LogFactory.getLog(CompositeTokenListener.class);

	private final List<SmartcarTokenListener> listeners;

	CompositeTokenListener(List<SmartcarTokenListener> listeners) {
		this.listeners = listeners;
	}

	@Override
	public void refreshed(String registrationId, String principalName) {
		each((listener) -> listener.refreshed(registrationId, principalName));
	}

	@Override
	public void refreshFailed(String registrationId, String principalName, TokenFailureKind kind,
			SmartcarException failure) {
		each((listener) -> listener.refreshFailed(registrationId, principalName, kind, failure));
	}

	@Override
	public void reauthorizationRequired(String registrationId, String principalName, ReauthorizationReason reason) {
		each((listener) -> listener.reauthorizationRequired(registrationId, principalName, reason));
	}

	@Override
	public void authorizationRemoved(String registrationId, String principalName, RemovalReason reason) {
		each((listener) -> listener.authorizationRemoved(registrationId, principalName, reason));
	}

	private void each(Consumer<SmartcarTokenListener> event) {
		for (SmartcarTokenListener listener : this.listeners) {
			try {
				event.accept(listener);
			}
			catch (RuntimeException ex) {
				// the exception's message is left out: it is the listener's and may quote
				// anything
				logger.warn("Smartcar token listener " + listener.getClass().getName() + " failed with "
						+ ex.getClass().getName());
			}
		}
	}

}
