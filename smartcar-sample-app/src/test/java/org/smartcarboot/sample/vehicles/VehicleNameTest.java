package org.smartcarboot.sample.vehicles;

import org.junit.jupiter.api.Test;
import org.smartcarboot.vehicle.VehicleAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a car is named to its driver: Smartcar's upper-case make ids written as the brands
 * write them.
 */
class VehicleNameTest {

	@Test
	void makeIdsAreWrittenAsTheBrandsWriteThem() {
		assertThat(VehicleName.make("TESLA")).isEqualTo("Tesla");
		assertThat(VehicleName.make("VOLKSWAGEN")).isEqualTo("Volkswagen");
		assertThat(VehicleName.make("MERCEDES-BENZ")).isEqualTo("Mercedes-Benz");
		assertThat(VehicleName.make("LAND_ROVER")).isEqualTo("Land Rover");
		assertThat(VehicleName.make("ALFA ROMEO")).isEqualTo("Alfa Romeo");
	}

	@Test
	void makesWrittenInCapitalsStaySo() {
		assertThat(VehicleName.make("BMW")).isEqualTo("BMW");
		assertThat(VehicleName.make("GMC")).isEqualTo("GMC");
		assertThat(VehicleName.make("MINI")).isEqualTo("MINI");
	}

	@Test
	void aMakeThatIsNotAllUpperCaseIsLeftAsItIs() {
		assertThat(VehicleName.make("Polestar")).isEqualTo("Polestar");
		assertThat(VehicleName.make("smart")).isEqualTo("smart");
	}

	@Test
	void theNameKeepsModelAndYear() {
		VehicleName name = VehicleName.of(new VehicleAttributes("id-1", "TESLA", "Model 3", 2021));

		assertThat(name).isEqualTo(new VehicleName("Tesla", "Model 3", 2021));
		assertThat(name.makeAndModel()).isEqualTo("Tesla Model 3");
	}

}
