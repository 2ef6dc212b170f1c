package app.limber.base;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure because the database cannot be reached (or does not answer in time) from other failures. */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether this failure, or one of its causes, means the database is down, unreachable or too slow. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
                    || cause instanceof TransactionTimedOutException || cause instanceof ConnectException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQL state class 08: connection exception; 57P01-57P03: the server is shutting down or starting
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
