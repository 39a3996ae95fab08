-- Names typed before input was cleaned may hold control characters (a NUL was seen), which were copied into mail
-- bodies. Clean them as the app now cleans what people type: line breaks and tabs become spaces, the rest go.
UPDATE person
SET full_name = REGEXP_REPLACE(REGEXP_REPLACE(full_name, '[\\t\\n\\r]', ' '), '[[:cntrl:]]', '')
WHERE full_name REGEXP '[[:cntrl:]]';
