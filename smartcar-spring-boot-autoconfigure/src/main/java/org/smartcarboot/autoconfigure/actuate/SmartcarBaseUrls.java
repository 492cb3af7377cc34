package org.smartcarboot.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcarboot.autoconfigure.SmartcarProperties;

/**
 * The base URLs of Smartcar's services, by service, as {@code smartcar.urls.*} sets them.
 */
final class SmartcarBaseUrls {

	private SmartcarBaseUrls() {
	}

	/**
	 * Returns the base URL of each service.
	 * @param urls the {@code smartcar.urls.*} properties
	 * @return {@code connect}, {@code auth}, {@code api}, {@code management} and
	 * {@code v3}, in that order, with their URLs
	 */
	static Map<String, String> of(SmartcarProperties.Urls urls) {
		Map<String, String> byService = new LinkedHashMap<>();
		byService.put("connect", urls.getConnect());
		byService.put("auth", urls.getAuth());
		byService.put("api", urls.getApi());
		byService.put("management", urls.getManagement());
		byService.put("v3", urls.getV3());
		return byService;
	}

}
