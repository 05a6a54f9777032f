-- Flyway callback: after any migration changed the schema or seeded rows, refresh the planner's statistics.
-- Small seeded tables never reach autovacuum's thresholds, and without statistics the planner badly
-- overestimates the joins of the study pages.
analyze;
