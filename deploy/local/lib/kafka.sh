# Kafka: the broker's jars from Maven Central, one KRaft broker+controller on 127.0.0.1:9092.
# shellcheck shell=bash

KAFKA_DIR="$STATE_DIR/kafka"
TOPICS=(catalog.style:compact catalog.collection:compact catalog.inventory catalog.reservation
        orders.order orders.return content.post)

ensure_kafka_jars() {
  if [ ! -f "$KAFKA_DIR/lib/.complete" ]; then
    say "Fetching the Kafka broker from Maven Central"
    mkdir -p "$KAFKA_DIR/lib"
    mvnw -q -f deploy/local/kafka/pom.xml dependency:copy-dependencies \
      -DoutputDirectory="$KAFKA_DIR/lib" -DincludeScope=runtime
    touch "$KAFKA_DIR/lib/.complete"
  fi
}

ensure_kafka() {
  if port_open 9092; then
    return 0
  fi
  ensure_kafka_jars
  local config="$KAFKA_DIR/server.properties"
  cat >"$config" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:9093
listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
advertised.listeners=PLAINTEXT://127.0.0.1:9092
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=168
PROPS
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    "$JAVA_HOME/bin/java" -cp "$KAFKA_DIR/lib/*" kafka.tools.StorageTool format \
      -t "$("$JAVA_HOME/bin/java" -cp "$KAFKA_DIR/lib/*" kafka.tools.StorageTool random-uuid)" -c "$config" >>"$LOG_DIR/kafka.log" 2>&1 \
      || die "Formatting Kafka storage failed (see $LOG_DIR/kafka.log)"
  fi
  say "Starting Kafka (KRaft) on $KAFKA_BOOTSTRAP"
  start_bg kafka "$JAVA_HOME/bin/java" -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -cp "$KAFKA_DIR/lib/*" kafka.Kafka "$config"
  wait_for "Kafka" 90 port_open 9092
}

ensure_topics() {
  ensure_kafka_jars
  "$JAVA_HOME/bin/java" -cp "$KAFKA_DIR/lib/*" "$LOCAL_DIR/kafka/CreateTopics.java" "$KAFKA_BOOTSTRAP" "${TOPICS[@]}" \
    >>"$LOG_DIR/kafka.log" 2>&1 || die "Creating topics failed (see $LOG_DIR/kafka.log)"
}
