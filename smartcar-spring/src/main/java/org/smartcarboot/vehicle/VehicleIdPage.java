package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

import java.util.List;

/**
 * One page of the ids of the vehicles a driver connected.
 *
 * @param vehicles the vehicle ids on this page
 * @param paging where this page is in the whole list
 */
public record VehicleIdPage(List<String> vehicles, Paging paging) {

	/**
	 * Creates the page, requiring both fields.
	 */
	public VehicleIdPage {
		vehicles = ResponseBodies.requireList(vehicles, "vehicles");
		ResponseBodies.require(paging, "paging");
	}

	/**
	 * Position of a page in a list.
	 *
	 * @param count the number of items in the whole list
	 * @param offset the index of the page's first item
	 */
	public record Paging(Integer count, Integer offset) {

		/**
		 * Creates the paging, requiring both fields.
		 */
		public Paging {
			ResponseBodies.require(count, "paging.count");
			ResponseBodies.require(offset, "paging.offset");
		}

	}

}
