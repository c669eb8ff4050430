package io.newsflow.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;

/** Keeps producing small batches of articles until stopped, so that a sink is killed or rebalanced mid-stream. */
final class BackgroundProducer implements AutoCloseable {

    private final List<String> produced = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;
    private volatile RuntimeException failure;

    BackgroundProducer(String topic, String prefix, int batch, long pauseMs) {
        thread = new Thread(() -> {
            try (KafkaProducer<String, byte[]> producer = Produce.producer(Map.of())) {
                int n = 0;
                while (!stop.get()) {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < batch; i++) {
                        ids.add(prefix + "-" + n++);
                    }
                    Produce.send(producer, topic, ids); // waits for the acks: what is listed is in the topic
                    synchronized (produced) {
                        produced.addAll(ids);
                    }
                    RunningSink.sleep(pauseMs);
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        }, "background-producer");
        thread.start();
    }

    int count() {
        synchronized (produced) {
            return produced.size();
        }
    }

    /** Stops and returns every id produced. */
    List<String> stop() {
        stop.set(true);
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        synchronized (produced) {
            return List.copyOf(produced);
        }
    }

    @Override
    public void close() {
        stop.set(true);
    }
}
