package org.smartcarboot.simulator;

import java.util.List;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * One Smartcar service the simulator plays (Connect, the token endpoint, the vehicle
 * API): WireMock stubs route its requests to it, and as a response definition transformer
 * it renders their responses.
 */
interface SimulatedService extends ResponseDefinitionTransformerV2 {

	/**
	 * The transformer parameter naming the route a stub serves.
	 */
	String ROUTE_PARAMETER = "route";

	/**
	 * The stubs that route requests to this service.
	 * @return the stub mappings to register
	 */
	List<MappingBuilder> stubs();

	@Override
	default boolean applyGlobally() {
		return false;
	}

	/**
	 * A stub response handing requests to this service under a route name.
	 * @param route the route name, read back with {@link #routeOf(ServeEvent)}
	 * @return the response definition builder
	 */
	default ResponseDefinitionBuilder routeTo(String route) {
		return WireMock.aResponse().withTransformers(getName()).withTransformerParameter(ROUTE_PARAMETER, route);
	}

	/**
	 * The route name of the stub that matched a request.
	 * @param serveEvent the serve event
	 * @return the route name, or {@code null} for stubs without one
	 */
	static String routeOf(ServeEvent serveEvent) {
		return serveEvent.getTransformerParameters().getString(ROUTE_PARAMETER, null);
	}

}
