import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the platform's topics if they are missing. Run with the broker's jars on the class path:
 * java -cp 'lib/*' CreateTopics.java 127.0.0.1:9092 catalog.style:compact orders.order ...
 * A topic named NAME:compact keeps the latest event per key (snapshot topics).
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String[] spec = args[i].split(":");
                if (existing.contains(spec[0])) {
                    continue;
                }
                NewTopic topic = new NewTopic(spec[0], 3, (short) 1);
                if (spec.length > 1 && spec[1].equals("compact")) {
                    topic.configs(Map.of("cleanup.policy", "compact"));
                }
                missing.add(topic);
            }
            admin.createTopics(missing).all().get();
            System.out.println("topics: " + (args.length - 1) + " wanted, " + missing.size() + " created");
        }
    }
}
