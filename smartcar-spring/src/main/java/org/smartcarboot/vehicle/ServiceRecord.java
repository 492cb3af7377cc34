package org.smartcarboot.vehicle;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.smartcarboot.api.ResponseBodies;
import org.jspecify.annotations.Nullable;

/**
 * One service of a vehicle, tracked by its dealer or entered by its owner. Smartcar
 * leaves any field {@code null} that the make does not provide.
 *
 * @param serviceId Smartcar's id of the record, or {@code null}
 * @param serviceDate when the vehicle was serviced, or {@code null}
 * @param odometerDistance the odometer at the time of the service, in kilometers, or
 * {@code null}
 * @param serviceTasks the tasks done; empty when the make provides none
 * @param serviceDetails more about the service, such as whether a dealership did it;
 * empty when the make provides none (a single object, as some payloads have it, is read
 * as a list of one)
 * @param serviceCost what the service cost, or {@code null}
 */
public record ServiceRecord(@Nullable String serviceId, @Nullable Instant serviceDate,
		@Nullable Double odometerDistance, List<ServiceTask> serviceTasks,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<ServiceDetail> serviceDetails,
		@Nullable ServiceCost serviceCost) {

	/**
	 * Creates the record; missing lists are empty.
	 */
	public ServiceRecord {
		serviceTasks = ResponseBodies.listOrEmpty(serviceTasks, "serviceTasks");
		serviceDetails = ResponseBodies.listOrEmpty(serviceDetails, "serviceDetails");
	}

	/**
	 * One task done during a service.
	 *
	 * @param taskId the task's id, or {@code null}
	 * @param taskDescription what was done, such as {@code oil change}, or {@code null}
	 */
	public record ServiceTask(@Nullable String taskId, @Nullable String taskDescription) {

	}

	/**
	 * One detail of a service.
	 *
	 * @param type what the detail is about, or who did the service, such as
	 * {@code dealership}; or {@code null}
	 * @param value the detail's value, or {@code null}
	 */
	public record ServiceDetail(@Nullable String type, @Nullable String value) {

	}

	/**
	 * What a service cost.
	 *
	 * @param totalCost the total, or {@code null}
	 * @param currency the currency of the total, such as {@code USD}, or {@code null}
	 */
	public record ServiceCost(@Nullable Double totalCost, @Nullable String currency) {

	}

}
