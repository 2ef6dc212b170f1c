package app.limber.support;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * Counts the SQL statements the current thread sends to the database, so tests can pin
 * how many queries a screen or a service call costs. The test data source is wrapped
 * once; counting is per thread, so other threads' work does not disturb it.
 */
public final class QueryCounter {

    private static final ThreadLocal<int[]> EXECUTED = ThreadLocal.withInitial(() -> new int[1]);

    private QueryCounter() {
    }

    /** Runs the work and returns how many statements it executed on this thread. */
    public static int count(Runnable work) {
        return counted(() -> {
            work.run();
            return null;
        }).statements();
    }

    public static <T> Counted<T> counted(Supplier<T> work) {
        EXECUTED.get()[0] = 0;
        T result = work.get();
        return new Counted<>(result, EXECUTED.get()[0]);
    }

    public record Counted<T>(T result, int statements) {
    }

    static DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, arguments) -> {
            Object result = invoke(target, method, arguments);
            return result instanceof Connection connection ? proxy(Connection.class, connection, QueryCounter::onConnection) : result;
        });
    }

    private static Object onConnection(Object connection, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
        Object result = invoke(connection, method, arguments);
        if (result instanceof java.sql.CallableStatement callable) {
            return proxy(java.sql.CallableStatement.class, callable, QueryCounter::onStatement);
        }
        if (result instanceof java.sql.PreparedStatement prepared) {
            return proxy(java.sql.PreparedStatement.class, prepared, QueryCounter::onStatement);
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement, QueryCounter::onStatement);
        }
        return result;
    }

    private static Object onStatement(Object statement, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
        if (method.getName().startsWith("execute")) {
            EXECUTED.get()[0]++;
        }
        return invoke(statement, method, arguments);
    }

    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (proxy, method, arguments) -> handler.handle(target, method, arguments);
        return (T) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[]{type}, invocation);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
