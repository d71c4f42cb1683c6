package io.github.sqlaudit.cmdb;

import java.util.List;

/** Storage layer: an array volume mounted on a host, where a database keeps its files. */
public record StorageService(
        String name,
        String hostName,
        String array,
        String volume,
        String mountPath,
        long capacityBytes,
        long freeBytes,
        List<Attribute> attributes) implements Layered {

    public StorageService {
        Require.name(name, "storage name");
        Require.name(hostName, "storage '" + name + "' host");
        array = Require.text(array, "storage '" + name + "' array");
        volume = Require.text(volume, "storage '" + name + "' volume");
        Require.name(mountPath, "storage '" + name + "' mount path");
        Require.notNegative(capacityBytes, "storage '" + name + "' capacity");
        Require.notNegative(freeBytes, "storage '" + name + "' free space");
        if (freeBytes > capacityBytes) {
            throw new IllegalArgumentException("storage '" + name + "' free space " + freeBytes
                    + " exceeds its capacity " + capacityBytes);
        }
        attributes = Attribute.copyOf(attributes);
    }

    @Override
    public Layer layer() {
        return Layer.STORAGE;
    }
}
