package app.limber.base;

import app.limber.account.AcrossNodes;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;

/** The account feature's way across nodes ({@link AcrossNodes}): {@link Notices}. */
@Component
class AccountNotices implements AcrossNodes {

    private final Notices notices;

    AccountNotices(Notices notices) {
        this.notices = notices;
    }

    @Override
    public void send(String channel, String text) {
        notices.send(channel, text);
    }

    @Override
    public void listen(String channel, Consumer<List<String>> heard, Runnable missed) {
        notices.listen(channel, new Notices.Listener() {
            @Override
            public void heard(List<String> texts) {
                heard.accept(texts);
            }

            @Override
            public void missed() {
                missed.run();
            }
        });
    }

    @Override
    public boolean listening() {
        return notices.listening();
    }
}
