package kz.sheber.base.db;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The accounts the embedded server has, set at every start through an init file that mariadbd runs with full
 * rights before it takes connections: so a data directory made by an older version (anonymous users, no
 * password) gains the app's user and password on its first start, without a second start or an open door.
 */
final class ServerAccounts {

    static final String APP_USER = "sheber";

    private ServerAccounts() {}

    /** Writes the init file, readable by this OS user only; the caller deletes it once the server is up. */
    static Path writeInitFile(Path file, String database, String host, String password) throws IOException {
        String account = "'" + APP_USER + "'@'" + host + "'";
        String sql = String.join(
                "\n",
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + account + " IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account + ";",
                // mariadb-install-db makes anonymous accounts: anyone could sign in with any name and no password
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User = '';",
                "DELETE FROM mysql.proxies_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "");
        StoredPassword.writePrivate(file, sql);
        return file;
    }
}
