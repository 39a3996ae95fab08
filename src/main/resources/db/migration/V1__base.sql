-- What the demo profile has seeded, one row per part, so a restart never seeds twice.
CREATE TABLE demo_seed (
    name      VARCHAR(100) NOT NULL PRIMARY KEY,
    seeded_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
