-- One row per room and per instructor that sessions are planned for. Planning locks the two rows first, so two
-- staff creating clashing sessions at the same moment are served one after the other and the second sees the clash.
CREATE TABLE schedule_lock (
    resource VARCHAR(40) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
