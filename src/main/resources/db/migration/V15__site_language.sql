-- The language the site's receipts, credit notes and Excel exports are written in unless one is chosen when
-- issuing (site.language in the site file). Sites stored before it was a setting printed English.
ALTER TABLE site ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
