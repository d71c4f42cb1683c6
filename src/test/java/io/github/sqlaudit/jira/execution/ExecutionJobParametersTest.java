package io.github.sqlaudit.jira.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The job's parameters are ids only and come back as they went in; a damaged map names the parameter. */
class ExecutionJobParametersTest {

    @Test
    void idsRoundTripThroughTheSchedulersMap() {
        ExecutionJobParameters parameters = new ExecutionJobParameters(12, 10042L, 20001L, "ab".repeat(32), "JIRAUSER1");
        Map<String, Serializable> map = parameters.toMap();
        assertThat(map.values()).allSatisfy(value -> assertThat(value).isInstanceOfAny(Integer.class, Long.class, String.class));
        assertThat(ExecutionJobParameters.fromMap(map)).isEqualTo(parameters);
    }

    @Test
    void aMissingOrWronglyTypedParameterIsNamed() {
        Map<String, Serializable> map = new HashMap<>(new ExecutionJobParameters(12, 1L, 2L, "ab".repeat(32), "u").toMap());
        map.remove("attachmentId");
        assertThatThrownBy(() -> ExecutionJobParameters.fromMap(map)).hasMessageContaining("attachmentId is missing");
        map.put("attachmentId", 2L);
        map.put("sha256", 5);
        assertThatThrownBy(() -> ExecutionJobParameters.fromMap(map)).hasMessageContaining("sha256 is missing or not text");
    }
}
