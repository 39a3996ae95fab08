-- The secret of each private calendar address was stored as it is, so a database leak (a backup, a dump) opened
-- every resident's calendar. Keep only its SHA-256, as for the emailed links' tokens. Hashed in place, so the
-- addresses calendar apps already follow keep working: the app hashes the token in a request the same way.
ALTER TABLE calendar_feed
    DROP INDEX uq_calendar_feed_token,
    CHANGE token token_hash CHAR(64) NOT NULL;
UPDATE calendar_feed SET token_hash = SHA2(token_hash, 256);
ALTER TABLE calendar_feed ADD CONSTRAINT uq_calendar_feed_token_hash UNIQUE (token_hash);
