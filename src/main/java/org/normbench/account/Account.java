package org.normbench.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/** A person who signs in: a unique username, a bcrypt password hash, and whether they administer the portal. */
@Entity
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    public boolean admin;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<Account> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
