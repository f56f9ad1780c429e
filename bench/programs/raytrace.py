# Small recursive ray tracer: Vector/Ray/Sphere/Plane classes, Phong shading,
# shadows and reflections; prints a checksum of the image, not the image.
# Exercises short-lived object allocation, method calls and float math.
import sys
import math

EPSILON = 1e-6


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def add(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vector(self.x * o.x, self.y * o.y, self.z * o.z)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        n = self.length()
        return Vector(self.x / n, self.y / n, self.z / n)

    def reflect(self, normal):
        return self.sub(normal.scale(2.0 * self.dot(normal)))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin.add(self.direction.scale(t))


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, size, diffuse, specular, shininess, reflect):
        Material.__init__(self, color, diffuse, specular, shininess, reflect)
        self.other = other
        self.size = size

    def color_at(self, point):
        k = int(math.floor(point.x / self.size) + math.floor(point.z / self.size))
        return self.color if k % 2 == 0 else self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        sq = math.sqrt(disc)
        t = -b - sq
        if t > EPSILON:
            return t
        t = -b + sq
        if t > EPSILON:
            return t
        return None

    def normal_at(self, p):
        return p.sub(self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, objects, lights, ambient, background, max_depth):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient
        self.background = background
        self.max_depth = max_depth

    def nearest(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_obj, best_t

    def shadowed(self, point, light_dir, light_dist):
        ray = Ray(point, light_dir)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < light_dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return self.background
        point = ray.point_at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = normal.scale(-1.0)
        mat = obj.material
        base = mat.color_at(point)
        color = base.mul(self.ambient)
        lifted = point.add(normal.scale(1e-4))
        for light in self.lights:
            to_light = light.position.sub(lifted)
            dist = to_light.length()
            ldir = to_light.scale(1.0 / dist)
            if self.shadowed(lifted, ldir, dist):
                continue
            lambert = normal.dot(ldir)
            if lambert > 0.0:
                color = color.add(base.mul(light.color).scale(lambert * mat.diffuse))
            refl = ldir.scale(-1.0).reflect(normal)
            spec = -refl.dot(ray.direction)
            if spec > 0.0:
                p = 1.0
                for _ in range(mat.shininess):
                    p *= spec
                color = color.add(light.color.scale(mat.specular * p))
        if depth < self.max_depth and mat.reflect > 0.0:
            rdir = ray.direction.reflect(normal)
            rcol = self.trace(Ray(lifted, rdir), depth + 1)
            color = color.scale(1.0 - mat.reflect).add(rcol.scale(mat.reflect))
        return color


def build_scene():
    red = Material(Vector(0.9, 0.2, 0.2), 0.8, 0.5, 20, 0.2)
    green = Material(Vector(0.2, 0.8, 0.3), 0.7, 0.3, 10, 0.1)
    mirror = Material(Vector(0.9, 0.9, 0.9), 0.3, 0.9, 50, 0.6)
    blue = Material(Vector(0.2, 0.3, 0.9), 0.9, 0.2, 8, 0.0)
    floor = Checker(Vector(0.95, 0.95, 0.95), Vector(0.1, 0.1, 0.1), 1.0, 0.8, 0.1, 5, 0.25)
    objects = [
        Sphere(Vector(0.0, 1.0, 0.0), 1.0, mirror),
        Sphere(Vector(-2.2, 0.7, 1.0), 0.7, red),
        Sphere(Vector(2.0, 0.6, 0.8), 0.6, green),
        Sphere(Vector(0.8, 0.35, 2.2), 0.35, blue),
        Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), floor),
    ]
    lights = [
        Light(Vector(-5.0, 8.0, 6.0), Vector(0.8, 0.8, 0.8)),
        Light(Vector(6.0, 5.0, 2.0), Vector(0.4, 0.4, 0.5)),
    ]
    return Scene(objects, lights, Vector(0.1, 0.1, 0.1), Vector(0.3, 0.5, 0.8), 3)


def render(scene, width, height):
    eye = Vector(0.0, 2.0, 7.0)
    target = Vector(0.0, 0.8, 0.0)
    forward = target.sub(eye).normalized()
    right = forward.cross(Vector(0.0, 1.0, 0.0)).normalized()
    up = right.cross(forward)
    fov = 0.5773502691896257  # tan(30 degrees); literal keeps libm out of it
    aspect = width / height
    checksum = 0
    total = 0.0
    for j in range(height):
        v = (1.0 - 2.0 * (j + 0.5) / height) * fov
        for i in range(width):
            u = (2.0 * (i + 0.5) / width - 1.0) * fov * aspect
            d = forward.add(right.scale(u)).add(up.scale(v))
            c = scene.trace(Ray(eye, d), 0)
            r = min(255, max(0, int(c.x * 255.0)))
            g = min(255, max(0, int(c.y * 255.0)))
            b = min(255, max(0, int(c.z * 255.0)))
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) % 1000000007
            total += r + g + b
    return checksum, total / (width * height * 3)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    scene = build_scene()
    checksum, mean = render(scene, n, n)
    print("size %dx%d" % (n, n))
    print("checksum", checksum)
    print("mean %.6f" % mean)


main()
