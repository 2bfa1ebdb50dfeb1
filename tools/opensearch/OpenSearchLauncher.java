import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.Level;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch 2.19 node in a plain JVM, from the Maven Central artifacts that bin/opensearch copies: HTTP (Netty4),
 * the common analysis (asciifolding), reindex (delete-by-query) and mapper extras (scaled_float) plugins, loaded from
 * the class path. Single node, loopback only, no security plugin (fine on 127.0.0.1, not on a network).
 * Arguments: home folder, HTTP port, transport port.
 */
public class OpenSearchLauncher {

    static class ClasspathNode extends Node {
        ClasspathNode(Environment environment, List<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : "target/opensearch").toAbsolutePath();
        String httpPort = args.length > 1 ? args[1] : "9200";
        String transportPort = args.length > 2 ? args[2] : "9300";
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Configurator.setRootLevel(Level.INFO);
        Settings settings = Settings.builder()
                .put("cluster.name", "htxso")
                .put("node.name", "htxso-1")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", transportPort)
                .put("discovery.type", "single-node")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                () -> "htxso-1");
        Node node = new ClasspathNode(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class,
                ReindexPlugin.class, MapperExtrasPlugin.class));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                ((LoggerContext) LogManager.getContext(false)).stop();
                stopped.countDown();
            }
        }, "opensearch-stop"));
        node.start();
        System.out.println("OpenSearch 2.19 node started: http://127.0.0.1:" + httpPort);
        stopped.await();
    }
}
