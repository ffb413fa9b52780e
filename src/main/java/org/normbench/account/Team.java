package org.normbench.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/** A group of accounts that share experiments; members hold a {@link TeamRole}. */
@Entity
public class Team extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<Team> byName(String name) {
        return find("name", name).firstResultOptional();
    }
}
