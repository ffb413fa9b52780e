package org.normbench.worker;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.normbench.queue.MessageCodec;
import org.normbench.queue.RunEvent;

/** Sends a worker's run events to the events topic, keyed by run id (so one run's events stay in order). */
final class RunEventPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String topic;

    RunEventPublisher(KafkaProducer<String, String> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    void send(RunEvent event) {
        producer.send(record(event));
    }

    /** Sends and waits for the broker's acknowledgement of this and every earlier event. */
    void sendAndWait(RunEvent event) {
        try {
            producer.send(record(event)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + event.type() + " for run " + event.runId(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send " + event.type() + " for run " + event.runId(), e.getCause());
        }
    }

    private ProducerRecord<String, String> record(RunEvent event) {
        return new ProducerRecord<>(topic, Long.toString(event.runId()), MessageCodec.encode(event));
    }

    @Override
    public void close() {
        producer.close();
    }
}
