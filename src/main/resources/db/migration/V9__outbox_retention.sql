-- Finds sent mail by age for the retention cleanup, which deletes old SENT rows a few hundred at a time, without
-- walking the whole outbox.
CREATE INDEX outbox_mail_sent ON outbox_mail (status, sent_at);
