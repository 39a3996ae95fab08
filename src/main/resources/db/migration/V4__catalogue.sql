-- The catalogue: what the centre teaches (crafts, workshops), where (rooms) and who teaches (instructor bios).
-- Texts people read are kept in each of the centre's languages; an empty one falls back to another when shown.
CREATE TABLE craft (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(40)  NULL,
    name_kk VARCHAR(100) NOT NULL DEFAULT '',
    name_ru VARCHAR(100) NOT NULL DEFAULT '',
    name_en VARCHAR(100) NOT NULL DEFAULT '',
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_craft_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO craft (code, name_kk, name_ru, name_en) VALUES
    ('sculpture', 'Мүсін', 'Скульптура', 'Sculpture'),
    ('needlework', 'Кесте тігу', 'Рукоделие', 'Needlework'),
    ('pottery', 'Қыш құмыра', 'Гончарное дело', 'Pottery'),
    ('weaving', 'Тоқымашылық', 'Ткачество', 'Weaving'),
    ('woodcarving', 'Ағаш ою', 'Резьба по дереву', 'Wood carving'),
    ('felt', 'Киіз басу', 'Войлок', 'Felt'),
    ('textiles', 'Мата өнері', 'Текстиль', 'Textiles'),
    ('glass', 'Шыны өнері', 'Стекло', 'Glass'),
    ('other', 'Басқа', 'Другое', 'Other');

CREATE TABLE room (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100)  NOT NULL,
    seats        INT           NOT NULL,
    equipment    VARCHAR(1000) NOT NULL DEFAULT '',
    access_notes VARCHAR(1000) NOT NULL DEFAULT '',
    step_free    BOOLEAN       NOT NULL DEFAULT FALSE,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_room_seats CHECK (seats > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    craft_id         BIGINT        NOT NULL,
    title_kk         VARCHAR(200)  NOT NULL DEFAULT '',
    title_ru         VARCHAR(200)  NOT NULL DEFAULT '',
    title_en         VARCHAR(200)  NOT NULL DEFAULT '',
    description_kk   TEXT          NOT NULL,
    description_ru   TEXT          NOT NULL,
    description_en   TEXT          NOT NULL,
    provided_kk      VARCHAR(1000) NOT NULL DEFAULT '',
    provided_ru      VARCHAR(1000) NOT NULL DEFAULT '',
    provided_en      VARCHAR(1000) NOT NULL DEFAULT '',
    to_bring_kk      VARCHAR(1000) NOT NULL DEFAULT '',
    to_bring_ru      VARCHAR(1000) NOT NULL DEFAULT '',
    to_bring_en      VARCHAR(1000) NOT NULL DEFAULT '',
    level            VARCHAR(20)   NOT NULL,
    minimum_age      INT           NOT NULL,
    duration_minutes INT           NOT NULL,
    default_capacity INT           NOT NULL,
    price_tenge      INT           NULL, -- NULL: free
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_workshop_craft FOREIGN KEY (craft_id) REFERENCES craft (id),
    INDEX ix_workshop_craft (craft_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_instructor (
    workshop_id BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    PRIMARY KEY (workshop_id, person_id),
    CONSTRAINT fk_workshop_instructor_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_instructor_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Kept apart from the workshop so lists never load the picture's bytes. Checked: JPEG, PNG or WebP, at most 2 MB.
CREATE TABLE workshop_picture (
    workshop_id  BIGINT      NOT NULL PRIMARY KEY,
    content_type VARCHAR(20) NOT NULL,
    content      MEDIUMBLOB  NOT NULL,
    CONSTRAINT fk_workshop_picture_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE instructor_bio (
    person_id BIGINT NOT NULL PRIMARY KEY,
    bio_kk    TEXT   NOT NULL,
    bio_ru    TEXT   NOT NULL,
    bio_en    TEXT   NOT NULL,
    version   BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_instructor_bio_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
