package app.limber.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log when this node starts or stops taking traffic ("Readiness: ACCEPTING_TRAFFIC"):
 * Spring Boot logs "Started" before readiness turns, so an operator (and the browser tests'
 * packaged Limber) can tell from the log when the readiness probe answers.
 */
@Component
class ReadinessLog {

    private static final Logger log = LoggerFactory.getLogger(ReadinessLog.class);

    @EventListener
    void readinessChanged(AvailabilityChangeEvent<ReadinessState> change) {
        log.info("Readiness: {}", change.getState());
    }
}
