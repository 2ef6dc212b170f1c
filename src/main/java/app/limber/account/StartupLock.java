package app.limber.account;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * What a node loads into the database as it starts (the built-in stretches, the demo
 * accounts and their roster) runs under one PostgreSQL advisory lock, so any number of nodes
 * can start together on an empty database: the others wait, then find it loaded and change
 * nothing. The lock is held on a connection of its own for the whole load and let go when
 * the load ends, or by PostgreSQL when the node dies.
 */
@Component
public class StartupLock {

    /** The advisory lock's key: "Limb" "load" as two 32-bit numbers, so it meets no other. */
    private static final int LIMBER = 0x4c696d62;
    private static final int LOADING = 0x6c6f6164;

    private final DataSource dataSource;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the load while no other node loads. */
    public <T> T whileHeld(Supplier<T> load) {
        try (Connection connection = dataSource.getConnection()) {
            // waiting for another node's load may take longer than a request's statement may
            try (PreparedStatement noTimeout = connection.prepareStatement("set statement_timeout = 0")) {
                noTimeout.execute();
            }
            call(connection, "select pg_advisory_lock(?, ?)");
            try {
                return load.get();
            } finally {
                call(connection, "select pg_advisory_unlock(?, ?)");
                try (PreparedStatement backToTheDefault = connection.prepareStatement("reset statement_timeout")) {
                    backToTheDefault.execute();
                }
            }
        } catch (SQLException failure) {
            throw new DataAccessResourceFailureException("Could not take the start-up lock", failure);
        }
    }

    public void whileHeld(Runnable load) {
        whileHeld(() -> {
            load.run();
            return null;
        });
    }

    private static void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LIMBER);
            statement.setInt(2, LOADING);
            statement.execute();
        }
    }
}
