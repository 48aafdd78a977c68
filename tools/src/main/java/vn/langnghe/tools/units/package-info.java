/**
 * The units seed: the standing unit, the city departments, the former districts and areas, and the 168
 * wards, communes and special zone of 1 July 2025, each grouped under the former district or area most of
 * its old wards came from. {@link vn.langnghe.tools.units.UnitsSeed} writes it as the ejb module's
 * Flyway migration {@code V5__units_seed.sql} from the reference data in {@code src/main/resources/units/}.
 */
package vn.langnghe.tools.units;
