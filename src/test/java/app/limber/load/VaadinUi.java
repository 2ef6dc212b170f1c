package app.limber.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One browser tab's view of a Vaadin UI, as a protocol-level client keeps it: the state tree the
 * server describes in the {@code changes} of each UIDL answer (tags, children, text, attributes,
 * event listeners), the UI's {@code csrfToken} (the {@code Vaadin-Security-Key} of the init
 * answer), the last {@code syncId} the server sent and the next {@code clientId}. It builds the
 * requests a browser would send: the first navigation ({@code ui-navigate} on the root node), a
 * DOM event on a node (a click on a button found by its text), a property sync. Read from Flow's
 * client ({@code Flow.ts}, {@code MessageSender}, {@code NodeFeatures}, {@code JsonConstants}).
 *
 * <p>Not thread-safe: one per virtual user and tab, as a tab is.
 */
public final class VaadinUi {

    private static final JsonMapper JSON = JsonMapper.shared();
    /** Feature ids of Flow's state nodes ({@code NodeFeatures}). */
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int ELEMENT_LISTENERS = 4;
    private static final int TEXT_NODE = 7;
    /** Children that are not in the element's own list: the view's container, dialogs. */
    private static final int VIRTUAL_CHILDREN = 24;
    private static final int ROOT_NODE = 1;

    private final int uiId;
    private final String csrfToken;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final List<int[]> unansweredReads = new ArrayList<>();
    private int listItemsSent;
    /** Data updates of lists not yet confirmed: the list's node and the update's id. */
    private final List<int[]> unconfirmedUpdates = new ArrayList<>();
    private int syncId;
    private int clientId;

    private VaadinUi(int uiId, String csrfToken) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
    }

    /** A UI from the answer to {@code ?v-r=init}: its id, its CSRF token and its first state. */
    public static VaadinUi fromInit(String initAnswer) {
        JsonNode config = JSON.readTree(initAnswer).path("appConfig");
        JsonNode uidl = config.path("uidl");
        String token = uidl.path("Vaadin-Security-Key").asString("");
        if (token.isEmpty()) {
            throw new IllegalStateException("The init answer has no Vaadin-Security-Key: " + abbreviated(initAnswer));
        }
        var ui = new VaadinUi(config.path("v-uiId").asInt(), token);
        ui.apply(uidl);
        return ui;
    }

    /** The init request's query for a route (path without the leading slash) as a phone's browser sends it. */
    public static String initQuery(String route, String query) {
        return "?v-r=init&location=" + encode(route) + "&query=" + encode(query)
                + "&v-sh=844&v-sw=390&v-wh=844&v-ww=390&v-bh=844&v-bw=390&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=true&v-pr=3&v-cs=light";
    }

    /** Where this UI's UIDL requests go. */
    public String uidlQuery() {
        return "?v-r=uidl&v-uiId=" + uiId;
    }

    /** Applies a UIDL answer: its changes to the tree, its constants, its syncId. */
    public void apply(String uidlAnswer) {
        String json = uidlAnswer.startsWith("for(;;);") ? uidlAnswer.substring(8) : uidlAnswer;
        JsonNode answer = JSON.readTree(json);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        if (answer.path("meta").path("sessionExpired").asBoolean(false)) {
            throw new IllegalStateException("The session expired");
        }
        if (answer.has("appError") || answer.path("meta").has("appError")) {
            throw new IllegalStateException("The server answered an error: " + abbreviated(json));
        }
        apply(answer);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        uidl.path("constants").properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            applyChange(change);
        }
        for (JsonNode script : uidl.path("execute")) {
            countListItems(script);
            noteUpdateToConfirm(script);
            // a read of the browser's storage (WebStorage.getItem) answers through a return
            // channel: its first {"@v-return": [node, channel]} argument resolves it
            String code = script.get(script.size() - 1).asString("");
            if (code.contains(".getItem(")) {
                for (JsonNode argument : script) {
                    if (argument.has("@v-return")) {
                        JsonNode channel = argument.get("@v-return");
                        unansweredReads.add(new int[] {channel.get(0).asInt(), channel.get(1).asInt()});
                        break;
                    }
                }
            }
        }
    }

    /**
     * A list's data update the server asks the connector to confirm ({@code $connector.confirm(id)}):
     * a browser's connector answers {@code confirmUpdate(id)} at once, and only then does the server
     * let go of the items the update replaced.
     */
    private void noteUpdateToConfirm(JsonNode script) {
        String code = script.get(script.size() - 1).asString("");
        if (code.contains("$connector.confirm(") && script.size() >= 3 && script.get(0).has("@v-node")) {
            unconfirmedUpdates.add(new int[] {script.get(0).get("@v-node").asInt(), script.get(1).asInt()});
        }
    }

    /** What a browser's list connectors answer to the updates they were sent, as one message; empty when none. */
    public Optional<String> confirmationsOfListUpdates() {
        if (unconfirmedUpdates.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode[] confirmations = unconfirmedUpdates.stream()
                .map(update -> serverCall(update[0], "confirmUpdate", update[1])).toArray(ObjectNode[]::new);
        unconfirmedUpdates.clear();
        return Optional.of(message(confirmations));
    }

    /** Items a list's connector was sent as data (rendered in the browser: a Lit renderer's items carry a key each). */
    private void countListItems(JsonNode script) {
        if (!script.get(script.size() - 1).asString("").contains("$connector")) {
            return;
        }
        for (JsonNode argument : script) {
            if (argument.isArray()) {
                for (JsonNode item : argument) {
                    if (item.isObject() && item.has("key")) {
                        listItemsSent++;
                    }
                }
            }
        }
    }

    /** How many items lists were sent as data so far (see {@link #countListItems}). */
    public int listItemsSent() {
        return listItemsSent;
    }

    /** Whether the server asked something of the browser's storage that is not answered yet. */
    public boolean hasStorageReads() {
        return !unansweredReads.isEmpty();
    }

    /**
     * The answers a browser with empty storage sends to the server's reads of it (nothing saved:
     * null), as one message; empty when nothing was asked.
     */
    public Optional<String> answersToStorageReads() {
        if (unansweredReads.isEmpty()) {
            return Optional.empty();
        }
        List<ObjectNode> answers = new ArrayList<>();
        for (int[] read : unansweredReads) {
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            answer.put("type", "channel");
            answer.put("node", read[0]);
            answer.put("channel", read[1]);
            answer.putArray("args").addNull();
            answers.add(answer);
        }
        unansweredReads.clear();
        return Optional.of(message(answers.toArray(ObjectNode[]::new)));
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asString("");
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        Node node = nodes.computeIfAbsent(id, Node::new);
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "put" -> {
                String key = change.path("key").asString();
                JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.path("value");
                switch (feature) {
                    case ELEMENT_DATA -> {
                        if (key.equals("tag")) {
                            node.tag = value.asString();
                        }
                    }
                    case TEXT_NODE -> node.text = value.asString();
                    case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value.isString() ? value.asString() : value.toString());
                    case ELEMENT_PROPERTIES -> node.properties.put(key, value);
                    case ELEMENT_LISTENERS -> node.listeners.put(key, value.asString(""));
                    default -> { }
                }
            }
            case "remove" -> {
                String key = change.path("key").asString();
                node.attributes.remove(key);
                node.properties.remove(key);
                node.listeners.remove(key);
            }
            case "splice" -> {
                if (feature == ELEMENT_CHILDREN || feature == VIRTUAL_CHILDREN) {
                    List<Integer> children = feature == ELEMENT_CHILDREN ? node.children : node.virtualChildren;
                    int index = change.path("index").asInt();
                    int removed = change.path("remove").asInt(0);
                    for (int i = 0; i < removed && index < children.size(); i++) {
                        children.remove(index);
                    }
                    List<Integer> added = new ArrayList<>();
                    change.path("addNodes").forEach(child -> added.add(child.asInt()));
                    children.addAll(Math.min(index, children.size()), added);
                }
            }
            case "clear" -> {
                if (feature == ELEMENT_CHILDREN) {
                    node.children.clear();
                } else if (feature == VIRTUAL_CHILDREN) {
                    node.virtualChildren.clear();
                }
            }
            default -> { }
        }
    }

    /** The text inside a node: its own text nodes and its children's, in order. */
    public String textOf(int id) {
        var text = new StringBuilder();
        collectText(id, text, 0);
        return text.toString().strip();
    }

    private void collectText(int id, StringBuilder text, int depth) {
        Node node = nodes.get(id);
        if (node == null || depth > 200) {
            return;
        }
        if (node.text != null) {
            text.append(node.text).append(' ');
        }
        for (int child : node.children) {
            collectText(child, text, depth + 1);
        }
        for (int child : node.virtualChildren) {
            collectText(child, text, depth + 1);
        }
    }

    /** Whether a node hangs in the tree under the UI's root, as what the page shows does. */
    private boolean attached(int id) {
        Map<Integer, Integer> parents = new HashMap<>();
        nodes.values().forEach(node -> {
            node.children.forEach(child -> parents.put(child, node.id));
            node.virtualChildren.forEach(child -> parents.put(child, node.id));
        });
        Integer at = id;
        for (int depth = 0; at != null && depth < 500; depth++) {
            if (at == ROOT_NODE) {
                return true;
            }
            at = parents.get(at);
        }
        return false;
    }

    /** A property of a node as the server set it (a text field's label), or null. */
    public String propertyOf(int id, String property) {
        Node node = nodes.get(id);
        JsonNode value = node == null ? null : node.properties.get(property);
        return value == null ? null : value.isString() ? value.asString() : value.toString();
    }

    /** The node of the button (on the page now, not disabled) whose text is this. */
    public Optional<Integer> button(String text) {
        return find(node -> "vaadin-button".equals(node.tag) && !node.attributes.containsKey("disabled")
                && textOf(node.id).equals(text));
    }

    /** The first node on the page now with this tag. */
    public Optional<Integer> element(String tag) {
        return find(node -> tag.equals(node.tag));
    }

    /** The first node on the page now with this tag and this attribute value. */
    public Optional<Integer> element(String tag, String attribute, String value) {
        return find(node -> tag.equals(node.tag) && value.equals(node.attributes.get(attribute)));
    }

    public Optional<Integer> find(Predicate<Node> what) {
        return nodes.values().stream().filter(what).map(node -> node.id).sorted().filter(this::attached).findFirst();
    }

    /** Whether any text on the page contains this. */
    public boolean shows(String text) {
        return nodes.values().stream().anyMatch(node -> node.text != null && node.text.contains(text) && attached(node.id));
    }

    /** The button's node, or a failure that says what the page shows instead. */
    public int requireButton(String text) {
        return button(text).orElseThrow(() -> new IllegalStateException("No button \"" + text + "\" on the page: "
                + abbreviated(textOf(ROOT_NODE))));
    }

    /** The first navigation of a new UI, as Flow's client router sends it on the root node. */
    public String navigate(String route, String query) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return event(ROOT_NODE, "ui-navigate", data);
    }

    /**
     * Choosing an item of a radio group (vaadin-radio-group) by its text: the browser sets the
     * group's value to the item's key and syncs it.
     */
    public String choose(String itemText) {
        int item = find(node -> "vaadin-radio-button".equals(node.tag) && textOf(node.id).equals(itemText))
                .orElseThrow(() -> new IllegalStateException("No choice \"" + itemText + "\" on the page"));
        int group = find(node -> "vaadin-radio-group".equals(node.tag) && descends(item, node.id))
                .orElseThrow(() -> new IllegalStateException("\"" + itemText + "\" is in no radio group"));
        JsonNode key = nodes.get(item).properties.get("value");
        if (key == null) {
            throw new IllegalStateException("The choice \"" + itemText + "\" has no value");
        }
        return property(group, "value", key.isString() ? key.asString() : key.toString(), "value-changed");
    }

    private boolean descends(int id, int ancestor) {
        Node node = nodes.get(ancestor);
        if (node == null) {
            return false;
        }
        for (int child : node.children) {
            if (child == id || descends(id, child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A tap on a link of the app (an {@code <a router-link>}) found by its text: Flow's client
     * router turns it into a navigation of this UI, without loading a page.
     */
    public String followLink(String text) {
        int link = find(node -> "a".equals(node.tag) && node.attributes.containsKey("router-link") && textOf(node.id).equals(text))
                .orElseThrow(() -> new IllegalStateException("No link \"" + text + "\" on the page: " + abbreviated(textOf(ROOT_NODE))));
        String href = nodes.get(link).attributes.getOrDefault("href", "");
        if (href.isEmpty() && nodes.get(link).properties.containsKey("href")) {
            href = nodes.get(link).properties.get("href").asString();
        }
        int question = href.indexOf('?');
        return question < 0 ? navigate(href, "") : navigate(href.substring(0, question), href.substring(question + 1));
    }

    /** A tap on a button found by its text. */
    public String click(String buttonText) {
        return click(requireButton(buttonText));
    }

    /** A click on a node, with the event data its listener asks for (no modifier keys, at 0,0). */
    public String click(int node) {
        return event(node, "click", eventData(node, "click", Map.of()));
    }

    /**
     * A DOM event on a node: the data its listener asks for, taken from {@code given} by
     * expression, and false or 0 for the rest.
     */
    public String event(int node, String event, Map<String, Object> given) {
        return event(node, event, eventData(node, event, given));
    }

    private ObjectNode eventData(int id, String event, Map<String, Object> given) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        Node node = nodes.get(id);
        String constant = node == null ? null : node.listeners.get(event);
        JsonNode expressions = constant == null ? null : constants.get(constant);
        if (expressions != null) {
            expressions.properties().forEach(entry -> {
                String expression = entry.getKey();
                Object value = given.get(expression);
                if (value instanceof String text) {
                    data.put(expression, text);
                } else if (value instanceof Number number) {
                    data.put(expression, number.doubleValue());
                } else if (value instanceof Boolean flag) {
                    data.put(expression, flag);
                } else if (expression.endsWith("Key")) {
                    data.put(expression, false);
                } else if (!expression.startsWith("[") && !expression.startsWith("}")) {
                    data.put(expression, expression.equals("event.detail") ? 1 : 0);
                }
            });
        }
        return data;
    }

    private String event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JsonNodeFactory.instance.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return message(rpc);
    }

    /**
     * A call of a component's {@code @ClientCallable} method from its client-side connector
     * ({@code element.$server.method(args)}), such as a list asking for the items it shows.
     */
    public String callServer(int node, String method, Object... arguments) {
        return message(serverCall(node, method, arguments));
    }

    private static ObjectNode serverCall(int node, String method, Object... arguments) {
        ObjectNode rpc = JsonNodeFactory.instance.objectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode args = rpc.putArray("templateEventMethodArgs");
        for (Object argument : arguments) {
            args.add(JSON.valueToTree(argument));
        }
        return rpc;
    }

    /**
     * What a virtual list (vaadin-virtual-list) at the top of the page asks for once its items
     * changed: the first 25 (the items in view and 20 more, as its connector does).
     */
    public String firstItemsOfTheList() {
        int list = element("vaadin-virtual-list").orElseThrow(() -> new IllegalStateException("No list on the page"));
        return callServer(list, "setViewportRange", 0, LIST_RANGE);
    }

    /** How many items a list asks for at the top (visible ones and 20 more). */
    public static final int LIST_RANGE = 25;

    /** A property the browser changed on a node (a text field's value), as Flow syncs it. */
    public String property(int node, String property, Object value, String thenEvent) {
        ObjectNode sync = JsonNodeFactory.instance.objectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", ELEMENT_PROPERTIES);
        sync.put("property", property);
        sync.set("value", JSON.valueToTree(value));
        if (thenEvent == null || !nodes.get(node).listeners.containsKey(thenEvent)) {
            return message(sync);
        }
        ObjectNode rpc = JsonNodeFactory.instance.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", thenEvent);
        rpc.set("data", eventData(node, thenEvent, Map.of()));
        return message(sync, rpc);
    }

    private String message(ObjectNode... invocations) {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode rpc = message.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        message.put("syncId", syncId);
        message.put("clientId", clientId++);
        return message.toString();
    }

    public int nodeCount() {
        return nodes.size();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    /** One state node: an element (tag, attributes, properties, listeners, children) or a text node. */
    public static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        public String tag() {
            return tag;
        }

        public Map<String, String> attributes() {
            return attributes;
        }
    }
}
