package org.normbench.artifact;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.normbench.experiment.Visibility;
import org.normbench.support.KafkaTestBroker;
import org.normbench.support.S3StoreProfile;
import org.normbench.support.S3TestServer;
import org.normbench.support.SyntheticRuns;
import org.normbench.support.TestAccounts;
import org.normbench.support.Zips;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The portal configured with {@code normbench.artifacts.store=s3}: uploads, downloads and deletion go to the bucket. */
@QuarkusTest
@TestProfile(S3StoreProfile.class)
@QuarkusTestResource(KafkaTestBroker.class)
class S3ArtifactApiTest {

    @Test
    void filesLiveInTheBucketAndLeaveWithTheirExperiment() throws Exception {
        long owner = TestAccounts.account("s3-owner").accountId();
        String token = TestAccounts.token("s3-owner");
        long experiment = SyntheticRuns.experiment("morwani-ewn-xor-sparsity", "in a bucket", Visibility.PRIVATE,
                owner, null);
        long run = ArtifactApiTest.finishedRun(experiment);
        byte[] content = ArtifactApiTest.randomBytes(2_000_000, 11);
        String sha256 = ArtifactApiTest.sha256(content);
        ArtifactApiTest.upload(run, SyntheticRuns.token(run), "snapshot-final.npz", content,
                ArtifactApiTest.sha256(new byte[1])).then().statusCode(400);
        ArtifactApiTest.upload(run, SyntheticRuns.token(run), "snapshot-final.npz", content, sha256).then()
                .statusCode(201);

        String prefix = "experiments/" + experiment + "/";
        try (S3Client bucket = S3TestServer.client(URI.create(ConfigProvider.getConfig()
                .getValue("normbench.artifacts.s3.endpoint", String.class)))) {
            assertEquals(Map.of(prefix + "runs/" + run + "/snapshot-final.npz", (long) content.length),
                    objects(bucket, prefix));

            assertArrayEquals(content, given().auth().oauth2(token).get("/api/runs/" + run
                    + "/artifacts/snapshot-final.npz").then().statusCode(200).header("X-Checksum-SHA256", sha256)
                    .extract().asByteArray());
            assertArrayEquals(content, Zips.unzip(given().auth().oauth2(token).get("/api/experiments/" + experiment
                    + "/archive").then().statusCode(200).extract().asByteArray())
                    .get("runs/" + run + "/artifacts/snapshot-final.npz"));

            given().auth().oauth2(token).delete("/api/experiments/" + experiment).then().statusCode(204);
            assertEquals(Map.of(), objects(bucket, prefix));
        }
    }

    private static Map<String, Long> objects(S3Client bucket, String prefix) {
        List<S3Object> objects = bucket.listObjectsV2(b -> b.bucket(S3TestServer.BUCKET).prefix(prefix)).contents();
        return objects.stream().collect(Collectors.toMap(S3Object::key, S3Object::size));
    }
}
