-- The table of JdbcWebhookDeliveryLog: the ids of the Smartcar webhook events handled,
-- with when they were received (epoch milliseconds). Plain SQL for H2, PostgreSQL and
-- most other databases.
CREATE TABLE smartcar_webhook_delivery (
	event_id VARCHAR(255) NOT NULL,
	received_at BIGINT NOT NULL,
	PRIMARY KEY (event_id)
);
