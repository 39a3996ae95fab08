/** The admins' backups page: the files, the last failure, and "back up now". */
package kz.sheber.backup.ui;
