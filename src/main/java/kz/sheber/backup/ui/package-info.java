/** The admins' backups page: the files, the last failure, and "back up now". */
@NullMarked
package kz.sheber.backup.ui;

import org.jspecify.annotations.NullMarked;
