-- How each actor's country was found: named, place, article, or null.
ALTER TABLE events ADD COLUMN source_country_from TEXT;
ALTER TABLE events ADD COLUMN target_country_from TEXT;
